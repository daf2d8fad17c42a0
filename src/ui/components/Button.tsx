import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';
import { onTrusted } from '../../trusted-events';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { primary?: boolean; children: ComponentChildren };

/** Every Afterview button: it acts on the user's own clicks only, never on a click a page script made. */
export function Button({ primary = false, children, class: className, onClick, ...rest }: Props) {
  const classes = ['av-button', primary ? 'av-button--primary' : '', typeof className === 'string' ? className : ''];
  return (
    <button type="button" class={classes.filter(Boolean).join(' ')} {...rest} onClick={onClick ? onTrusted(onClick) : undefined}>
      {children}
    </button>
  );
}
