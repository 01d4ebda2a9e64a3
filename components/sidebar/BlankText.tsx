import { splitBlanks } from '@/lib/coach/blanks';

/** Text with the blanks only the agent can fill ("[when]") shown as visible gaps. */
export function BlankText({ text }: { text: string }) {
  return (
    <>
      {splitBlanks(text).map((part, index) =>
        part.blank ? (
          <span key={index} className="hd-blank">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
