import rule from '@/lib/rules/jargon';
import { ruleTable } from '@/tests/rules/rule-table';

ruleTable(rule, {
  valid: [
    'Your API key is under Settings > Developers.',
    'The payloads over 5 MB time out; splitting them avoids it.',
    'Your slab has a reference number, not a skull.',
    // The customer used the term first, so they know it.
    {
      draft: 'Your ticket is tracked under our SLA, so you will hear back by 5 pm.',
      customer: 'What is your SLA for P1 issues?',
    },
    'We sell that as a special item.',
    { draft: 'I checked the jira board.', settings: { mutedRules: ['jargon'] } },
    // Near misses for shorthand by shape: everyday abbreviations, shouting, reference numbers.
    'Your card was charged in US dollars because of a VPN location; I’ve refunded the difference.',
    'The upload tool accepts PDF or JPG files under 10 MB.',
    'You MUST keep the receipt, sorry for the capitals!',
    // A sentence mostly in capitals is shouting, however many capital words it has.
    'PLEASE KEEP THE BOX AND THE RECEIPT, SORRY FOR SHOUTING!',
    'Your return tracking number is RT-55820.',
    'I’ve sent the TVs and the SIMs in one parcel.',
    { draft: 'Your NOC status is green again.', customer: 'What does NOC amber mean on my dashboard?' },
    // Shorthand explained on the spot, and codes followed by their number (issue 15, drafts by another hand).
    'The mortgage has moved onto our standard variable rate (SVR), the rate we charge when a deal ends.',
    'Your PAC, the code that lets you keep your number, is valid for 30 days.',
    'You may see it listed as ‘WCHR’, which is simply the code airport teams use for wheelchair help.',
    'I’ve raised an APP scam claim; that stands for authorised push payment.',
    'I’ve cancelled the penalty charge notice (PCN 88214), so there is nothing else to do.',
    // A listed term the reply explains, even further on in the sentence (issue 15).
    'I have updated the name on PNR 6KLM2P (the PNR is your six-character booking reference).',
    'You’ll see a return number starting with RMA, which is just our reference for returns.',
    // Named as what the customer sees (issue 15).
    'Your bank reversed a payment to us (that’s called a chargeback), so I’ve reopened the account.',
    'It’s on your P60, labelled “PAYE reference”.',
    // A code handed to the customer to type or fill in, quoted as it appears, or explained at
    // another mention: long emails by other hands do all three (issue 15).
    'If the app is down, text BAL to 61111 and we’ll send your balance back.',
    'For a name change, fill in form NC1 and send it with your certificate.',
    'I’ve attached booking QZ71K to your profile, so it shows under My Trips.',
    "The form rejects 'LS11UR' without the space, so please type 'LS1 1UR'.",
    'Plug the grey cable into the socket marked DSL on the back.',
    "The setting that tells the internet where your mail goes (the 'MX record') was wrong; I’ve fixed it.",
    'You’ll need your PAC to switch. To get it, text PAC to 65075.',
    // Explained after the thing the code names or after a dash, a code's tail inside a reference,
    // a label on the customer's own device, a code to paste, a name others use (issue 15).
    'Bring your NRC card (the blue residence card from the council) to the desk.',
    'The TSR certificate, which is the yearly gas safety check, is attached.',
    'Your COA – the letter from the university confirming your place – is on its way.',
    'Quote reference 23/04411/LBC when you comment on the plan.',
    'Hold the reset key, then press the PQS button on the back until it blinks.',
    'At checkout, paste WINTER20 into the code box and the discount shows straight away.',
    'These hours go to the running budget (accounts calls this REVEX), so I’ve moved them.',
    'Your invoice shows VATQ and VATR, which are the two halves of the same tax.',
    'Your KLR, which I’ve attached, lists both options.',
    'The line is back by 6 pm AEDT tomorrow.',
    'Planning calls these ICX and OPX, so I’ve moved the hours across.',
    // Everyday abbreviations.
    'If he can’t breathe, go to A&E straight away; I’ll hold the booking for you.',
    'The CCTV covers the lockers, and I’ve asked the site team to check it today.',
  ],
  invalid: [
    // Four codes among ordinary words are shorthand, not shouting (issue 15).
    {
      draft: 'FNOL received; claim parked in WIP as the PH declaration at section 9 is NIL.',
      flags: ['FNOL', 'WIP', 'PH', 'NIL'],
    },
    // Near miss: the listed term left unexplained still needs a plain word.
    { draft: 'I have updated the name on your PNR.', flags: ['PNR'] },
    {
      draft: 'I’ve raised an RMA and your SKU has been updated in the backend.',
      flags: ['RMA', 'SKU', 'backend'],
    },
    { draft: 'Escalated to L2 as a P2 under our SLA, update by EOD.', flags: ['L2', 'P2', 'SLA', 'EOD'] },
    { draft: 'I updated the PNR, but the fare basis doesn’t allow it.', flags: ['PNR', 'fare basis'] },
    // An explanation further on that is not about the term does not count.
    { draft: 'The KYC check failed, which is why the account is locked.', flags: ['KYC'] },
    { draft: 'Our tier 2 team will pick it up.', flags: ['tier 2'] },
    {
      draft: 'The case is in the Widget Queue now.',
      settings: { customJargon: ['widget queue'] },
      flags: ['Widget Queue'],
    },
    { draft: 'Check (FOO.BAR) in the log.', settings: { customJargon: ['foo.bar'] }, flags: ['FOO.BAR'] },
    // Shorthand by its shape.
    { draft: 'KYC refresh pending, EDD triggered.', flags: ['KYC', 'EDD'] },
    { draft: 'Your line is amber on the NOC dashboard.', flags: ['NOC'] },
    { draft: 'Your meter is SMETS1 and not enrolled.', flags: ['SMETS1'] },
    { draft: 'It hit a CoP no-match.', flags: ['CoP'] },
    // Near misses: a quote on one side only, and a named code beside an unexplained one.
    { draft: "It's stuck at 'pending' in the EDD queue.", flags: ['EDD'] },
    { draft: 'Fill in form NC1 and our KYC team will check it.', flags: ['KYC'] },
    { draft: 'Send it to our QRT desk. A QRT check takes a day.', flags: ['QRT'] },
    // Near misses: a code after a letter in a reference is still shorthand, and so is one on a status light.
    { draft: 'It shows as CT-RDX on our side.', flags: ['CT', 'RDX'] },
    { draft: 'If the LOS light stays red, we’ll take it from there.', flags: ['LOS'] },
    { draft: 'Your KYC documents expired, so the account is on hold.', flags: ['KYC'] },
    // Near misses: a code we keep ("which we've logged") is still ours; a pair with no explanation.
    { draft: 'I opened an RCA, which we log for every fault.', flags: ['RCA'] },
    { draft: 'It is in the ICX and OPX queues.', flags: ['ICX', 'OPX'] },
  ],
});
