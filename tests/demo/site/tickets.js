// Invented customers and conversations for the demo helpdesk (no real data).
export const TICKETS = [
  {
    id: '101',
    subject: 'Order never arrived and I was charged twice',
    customer: 'Dana Whitfield',
    messages: [
      {
        role: 'customer',
        text: 'Hi, I ordered a standing desk two weeks ago (order 48213) and it still has not arrived. The tracking page has said "in transit" for nine days. I am really disappointed, I needed it for my new job.',
      },
      {
        role: 'agent',
        text: 'Hi Dana, thanks for reaching out. I have asked the carrier for an update and will get back to you.',
      },
      {
        role: 'customer',
        text: 'This is the third time I am writing about this. Still no desk, and now I see you charged my card TWICE. This is unacceptable!! I need a refund for the duplicate charge by Friday or I am disputing it with my bank.',
      },
    ],
  },
  {
    id: '102',
    subject: 'Where is the export setting?',
    customer: 'Luis Ortega',
    messages: [
      {
        role: 'customer',
        text: "Hello, I'm confused about how to export my invoices. The help article says to go to Settings > Data, but I don't see a Data tab anywhere. Am I missing something? Which plan do I need for this?",
      },
    ],
  },
  {
    id: '103',
    subject: 'Re: Password reset loop',
    customer: 'Mei Tanaka',
    messages: [
      {
        role: 'customer',
        text: 'Every time I reset my password the login page sends me back to the reset form.',
      },
      {
        role: 'agent',
        text: 'Hi Mei, I cleared the stuck session on your account. Could you try logging in again?',
      },
      {
        role: 'customer',
        text: 'That worked! Thank you so much for sorting this out so quickly, you saved my afternoon. Really appreciate your help! Mei',
      },
    ],
  },
  {
    // Shaped like FreeScout and Help Scout: the reply box stays hidden until "Reply" is clicked, and a
    // second editor (a summary of the reply for the team) is always on the page, so "the one editable" never holds.
    id: '104',
    subject: 'Still waiting for my replacement',
    customer: 'Ines Moreau',
    replyHidden: true,
    messages: [
      {
        role: 'customer',
        text: 'Hello, the lamp I ordered arrived with the glass shade in pieces. What should I do now?',
      },
      { role: 'agent', text: 'Hi Ines, I am sorry about that. A replacement is on its way.' },
      {
        role: 'customer',
        text: 'It has been three days and nobody answered my last email. This is really frustrating, I need the replacement before Saturday!',
      },
    ],
  },
];
