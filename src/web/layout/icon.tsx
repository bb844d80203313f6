import spriteUrl from '@dkfds/img/all-svg-icons.svg?url';

/** A DKFDS icon from its sprite; decorative, so hidden from screen readers. */
export function Icon({ name, className }: { name: string; className?: string }) {
  return (
    <svg className={className ? `icon-svg ${className}` : 'icon-svg'} focusable="false" aria-hidden="true">
      <use href={`${spriteUrl}#${name}`} />
    </svg>
  );
}
