// An on/off switch: a real checkbox (keyboard and screen readers get it for free) drawn as
// a switch. Styles live in the page's stylesheet under .switch.
interface SwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (on: boolean) => void;
}

export function Switch({ label, checked, disabled = false, onChange }: SwitchProps) {
  return (
    <label class={`switch${disabled ? ' is-disabled' : ''}`}>
      <span class="switch-label">{label}</span>
      <input
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
    </label>
  );
}
