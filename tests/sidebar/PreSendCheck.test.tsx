// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PreSendCheck } from '@/components/sidebar/PreSendCheck';
import { checklistOf } from '@/tests/analysis/checklist-helpers';

afterEach(cleanup);

function nextStepLine(draft: string): string {
  render(<PreSendCheck items={checklistOf(draft)} />);
  return document.querySelector('[data-check="next-step"]')?.textContent ?? '';
}

// Walk 2026-12-07, item 1: "I've refunded the charge." alone was ticked "A concrete next step".
describe('pre-send check: the next-step line says what earned it', () => {
  it('a remedy done already says no next step is needed, quoting the remedy', () => {
    const line = nextStepLine('I’ve refunded the charge.');
    expect(line).toContain('No next step needed: it’s already done');
    expect(line).not.toContain('A concrete next step');
    expect(line).toContain('I’ve refunded the charge');
  });
  it('a step to come is a concrete next step', () => {
    const line = nextStepLine('I’ve refunded the charge, and I’ll email you the receipt by Friday.');
    expect(line).toContain('A concrete next step');
    expect(line).not.toContain('already done');
  });
});
