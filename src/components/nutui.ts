// The NutUI components the app uses, each with only its own stylesheet (the full sheet costs ~315 KB).
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/popup/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/overlay/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css';
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css';

export { Button, Cell, Popup, Switch, TextArea } from '@nutui/nutui-react-taro';
