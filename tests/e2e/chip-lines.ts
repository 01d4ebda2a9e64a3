/** The mood line's chips, and whether each broke over more than one line (taller than two of its letters' height). */
export const CHIP_LINES = `(root) => [...root.querySelectorAll('.hd-chip')].map((chip) => ({
  text: chip.firstChild ? chip.firstChild.textContent.trim() : '',
  wrapped: chip.getBoundingClientRect().height > parseFloat(getComputedStyle(chip).fontSize) * 2,
}))`;
