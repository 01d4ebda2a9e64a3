/**
 * Built-in jargon: words support teams use among themselves that customers rarely
 * know (helpdesk, payments, logistics, travel, engineering). Matched whole-word and
 * case-insensitively, and never flagged when the customer used the word first.
 * Left out on purpose because customers do use them: API, SSL, PDF, CSV, VAT, ETA,
 * cache, webhook. ("chargeback" is in: consumers rarely know it, and when the customer
 * wrote it first it stays silent.) Words that collide with everyday English (MID, DC, KB, macro, prod, staging, oversubscribed)
 * or with what customers see (T1–T3 are airport terminals as often as support tiers) are
 * left out too; agents add their own through settings.customJargon.
 */
export const JARGON_TERMS: readonly string[] = [
  // helpdesk process
  'SLA',
  'L1',
  'L2',
  'L3',
  'tier 1',
  'tier 2',
  'tier 3',
  'tier-2',
  'tier-3',
  'P0',
  'P1',
  'P2',
  'P3',
  'EOD',
  'COB',
  'SOP',
  'escalation queue',
  // engineering
  'RCA',
  'root cause analysis',
  'repro',
  'hotfix',
  'backend',
  'back-end',
  'JIRA',
  'CDN',
  'TTL',
  'edge cache',
  'batch run',
  'eng',
  // payments and compliance
  'KYC',
  'AML',
  'AVS',
  'acquirer',
  'settlement batch',
  'auth hold',
  'MCC',
  'chargeback',
  '1099-K',
  // telecom
  'CMTS',
  // orders and logistics
  'RMA',
  'SKU',
  'WMS',
  'ASN',
  'EDD',
  'OOS',
  '3PL',
  'pick queue',
  'carrier manifest',
  // travel
  'PNR',
  'GDS',
  'fare basis',
  'IROP',
  'IROPS',
];
