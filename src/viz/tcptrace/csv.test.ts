// A captured conversation's time/sequence data as CSV: one row per data segment of the direction
// shown (retransmissions marked), and only the header when that side sent nothing.
import { describe, expect, it } from 'vitest';
import { captureFlightTrace } from '../../capture/flight';
import { flightCsv } from './csv';
import { lossConversation } from './testConversations';

const HEADER = 'step,frame,t_ms,seq,len,kind,retransmits,bytesInFlight';

describe('flightCsv', () => {
  it('has a row per data segment of the sender, with its retransmission and bytes in flight', () => {
    const csv = flightCsv(captureFlightTrace(lossConversation(), 'client'));
    expect(csv.split('\n')).toEqual([
      HEADER,
      '4,4,30,1,1448,new,,1448',
      '5,5,31,1449,1448,new,,2896',
      '6,6,32,2897,1448,new,,4344',
      '7,7,33,4345,1448,new,,5792',
      '8,8,34,5793,1448,new,,7240',
      '13,13,54,1449,1448,fast-retransmission,5,5792',
      '',
    ]);
  });

  it('is the header alone for a side that sent no data', () => {
    expect(flightCsv(captureFlightTrace(lossConversation(), 'server'))).toBe(`${HEADER}\n`);
  });
});
