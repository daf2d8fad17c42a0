import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { primary?: boolean; children: ComponentChildren };

export function Button({ primary = false, children, class: className, ...rest }: Props) {
  const classes = ['av-button', primary ? 'av-button--primary' : '', typeof className === 'string' ? className : ''];
  return (
    <button type="button" class={classes.filter(Boolean).join(' ')} {...rest}>
      {children}
    </button>
  );
}
