/** "billing, VIP ,, refund" → ["billing", "VIP", "refund"]: the one way every form reads its tags field. */
export function splitTags(value: string): string[] {
  return value
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length > 0);
}
