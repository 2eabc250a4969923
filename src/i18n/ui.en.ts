// English strings of the app shell, player, panels and notices. This catalog defines the keys.

/** UI messages (flat keys, `{{x}}` interpolation). zh-CN mirrors these keys exactly. */
export const uiEn = {
  'app.name': 'Wirewalk',
  'app.language': 'Language',
  'app.scenario': 'Scenario',
  'app.scenario.fromFile': 'From {{file}}',
  'app.views': 'Views',
  'lang.en': 'English',
  'lang.zh-CN': '简体中文',

  'endpoint.client': 'Client',
  'endpoint.server': 'Server',
  'endpoint.stateLine': '{{endpoint}}: {{state}}',
  'endpoint.notStarted': 'not started',

  'view.tcp': 'TCP connection',
  'view.congestion': 'Congestion control',
  'view.journey': 'URL → page',
  'view.sequence': 'Sequence diagram',
  'view.stateClient': 'Client state diagram',
  'view.stateServer': 'Server state diagram',
  'view.failed': 'This diagram could not be drawn; the rest of the page still works.',

  'player.controls': 'Player',
  'player.play': 'Play',
  'player.pause': 'Pause',
  'player.stepBack': 'Step back',
  'player.stepForward': 'Step forward',
  'player.restart': 'Restart',
  'player.timeline': 'Timeline',
  'player.speed': 'Speed',
  'player.speedOption': '{{speed}}×',
  'player.stepOf': 'Step {{step}} / {{total}}',
  'player.roundOf': 'Round {{round}} / {{total}}',
  'player.time': 't = {{time}}',
  'player.keys': 'Keys: Space play/pause · ← → step · Home/End first/last · ? all shortcuts',

  'narration.heading': 'Narration',
  'narration.step': 'Step {{step}}',
  'narration.modified': 'You changed this scenario’s parameters; the run below is your version.',

  'outcome.closed': 'Connection closed normally',
  'outcome.refused': 'Connection refused (RST)',
  'outcome.reset': 'Connection reset (RST)',
  'outcome.failed': 'Connection failed after {{retries}} retries',
  'outcome.aborted': 'Connection aborted (RST sent)',
  'outcome.truncated': 'The run stopped at its time limit with work still pending',
  'outcome.line': '{{endpoint}}: {{outcome}}',

  'params.heading': 'Parameters',
  'params.clientIsn': 'Client ISN',
  'params.serverIsn': 'Server ISN',
  'params.isnAuto': 'from the seed',
  'params.rtt': 'RTT (ms)',
  'params.mss': 'MSS (bytes)',
  'params.clientBytes': 'Bytes the client sends',
  'params.serverBytes': 'Bytes the server sends',
  'params.msl': 'MSL (ms)',
  'params.closer': 'Who closes first',
  'params.closer.client': 'Client',
  'params.closer.server': 'Server',
  'params.closer.both': 'Both at once',
  'params.closer.none': 'Nobody',
  'params.numbers': 'Sequence numbers',
  'params.numbers.relative': 'Relative',
  'params.numbers.absolute': 'Absolute',
  'params.lost': 'Lost segments',
  'params.lost.none': 'No segment is lost.',
  'params.lost.index': 'Segment #{{index}}',
  'params.lost.rule': '{{endpoint}} {{flags}}, occurrence {{occurrence}}',
  'params.lost.random': 'Random loss, rate {{rate}}',
  'params.lost.remove': 'Remove',
  'params.lost.removeLabel': 'Remove the loss of {{what}}',
  'params.lost.hint':
    'Click an arrow in the sequence diagram to lose that segment; click it again to restore it.',
  'params.reset': 'Reset',
  'params.resetHint': 'Restore the built-in scenario',
  'params.error.int': 'Enter a whole number from {{min}} to {{max}}.',
  'params.error.number': 'Enter a number from {{min}} to {{max}}.',
  'params.error.other': 'This scenario is not valid: {{message}}',
  'params.invalid': 'Fix the highlighted fields; the diagram still shows the last valid run.',

  'notice.dismiss': 'Dismiss',
  'notice.badOption': 'Unknown value “{{value}}” for “{{name}}” in the link: ignored.',
  'notice.badView': 'Unknown view “{{value}}” in the link; showing the TCP view.',
  'notice.badStep':
    'The step “{{value}}” in the link is not a whole number; showing step {{step}}.',
  'notice.stepClamped':
    'The link asks for step {{value}}, but this run has {{total}} steps; showing step {{step}}.',
  'notice.unknownScenario':
    'Unknown scenario “{{value}}” in the link; showing “{{title}}” instead.',
  'notice.badScenario':
    'The scenario in the link is not valid, so the built-in one is shown. Problems: {{errors}}',
  // The embed shell's link to the full app.
  'embed.open': 'Open in Wirewalk',
  'embed.newTab': '(opens in a new tab)',
  // Units, lists and the endpoints' names: every view's narration and the player bar use them.
  'narr.who.client': 'the client',
  'narr.who.server': 'the server',
  'narr.unit.ms': '{{n}} ms',
  'narr.unit.s': '{{n}} s',
  'narr.list.sep': ', ',
} as const;

/** A UI message key. */
export type UiKey = keyof typeof uiEn;
