// NutUI's Switch with an accessible role on H5: NutUI writes WeChat's `aria-role`, which browsers do not know,
// so H5 gets the standard `role="switch"` instead (the mini-program keeps WeChat's attribute).
import { Switch as NutSwitch } from '@nutui/nutui-react-taro';
import type { ComponentProps } from 'react';
import { isH5 } from '@/services/platform';

const H5_ROLE = { ariaRole: undefined, role: 'switch' } as unknown as Partial<ComponentProps<typeof NutSwitch>>;

export function Switch(props: ComponentProps<typeof NutSwitch>) {
  return <NutSwitch {...props} {...(isH5() ? H5_ROLE : {})} />;
}
