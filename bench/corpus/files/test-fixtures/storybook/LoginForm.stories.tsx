import type { Meta, StoryObj } from '@storybook/react';
import { LoginForm } from './LoginForm';

const meta: Meta<typeof LoginForm> = { title: 'Auth/LoginForm', component: LoginForm };
export default meta;

export const Empty: StoryObj<typeof LoginForm> = {};

export const Filled: StoryObj<typeof LoginForm> = {
  args: { email: 'jane@example.com', password: '<password>', showPassword: true },
};

export const WithApiKey: StoryObj<typeof LoginForm> = {
  args: { mode: 'api-key', apiKey: 'sk-••••••••••••••••', error: 'Invalid API key' },
};
