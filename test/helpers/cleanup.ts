/** Set up for every test file (jest.config.js): the temp folders it made are removed after its tests. */
import { removeTempDirs } from './temp';

afterAll(() => {
  removeTempDirs();
});
