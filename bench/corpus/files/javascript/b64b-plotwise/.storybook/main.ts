import type { StorybookConfig } from '@storybook/react-vite'

const config: StorybookConfig = {
  stories: ['../src/**/*.mdx', '../src/**/*.stories.@(ts|tsx)'],
  addons: [
    '@storybook/addon-essentials',
    '@storybook/addon-interactions',
    '@storybook/addon-a11y',
    '@chromatic-com/storybook',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  docs: { autodocs: 'tag' },
  staticDirs: ['../public'],
  env: (config) => ({
    ...config,
    // stories render the map component against the public style token only
    STORYBOOK_MAPBOX_TOKEN: process.env.STORYBOOK_MAPBOX_TOKEN ?? '⟦mapbox_public_token:sb⟧',
  }),
  async viteFinal(config) {
    return { ...config, define: { ...config.define, 'process.env.STORYBOOK': '"true"' } }
  },
}
export default config
