const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');

module.exports = (env, argv) => ({
  entry: './src/index.js',
  output: {
    path: path.resolve(__dirname, 'build'),
    filename: '[name].[contenthash].js',
  },
  plugins: [
    new HtmlWebpackPlugin({ template: './public/index.html' }),
    new webpack.DefinePlugin({
      'process.env.NODE_ENV': JSON.stringify(argv.mode),
      'process.env.SEGMENT_WRITE_KEY': JSON.stringify('⟦segment_write_key⟧'),
      'process.env.MIXPANEL_SECRET': JSON.stringify('⟦mixpanel_secret⟧'),
      'process.env.ALGOLIA_SEARCH_KEY': JSON.stringify('⟦algolia_search_key⟧'),
      'process.env.GIPHY_KEY': JSON.stringify('⟦giphy_key⟧'),
      'process.env.BUILD_ID': JSON.stringify('⟦short_sha⟧'),
    }),
  ],
  devServer: { port: 8080, historyApiFallback: true },
});
