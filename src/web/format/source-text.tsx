/**
 * A source as a reader sees it (the API renders it: title, publisher, year, section or link),
 * with every web address in it as a link.
 */
export function SourceText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s,;]+)/);
  return (
    <>
      {parts.map((part, i) =>
        /^https?:\/\//.test(part) ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text
          <a key={i} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  );
}
