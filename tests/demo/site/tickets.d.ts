/** Types of the demo helpdesk's tickets (tickets.js is served to the browser as it is). */
export interface DemoMessage {
  role: 'customer' | 'agent';
  text: string;
}
export interface DemoTicket {
  id: string;
  subject: string;
  customer: string;
  messages: DemoMessage[];
}
export declare const TICKETS: DemoTicket[];
