/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: {
		'^.+\\.ts$': [
			'ts-jest',
			{
				tsconfig: {
					isolatedModules: true,
					module: 'commonjs',
					esModuleInterop: true,
					target: 'es2021',
					types: ['node', 'jest'],
				},
			},
		],
	},
	testTimeout: 30000,
	setupFiles: ['<rootDir>/test/setup-env.js'],
	globalSetup: '<rootDir>/test/global.setup.js',
	globalTeardown: '<rootDir>/test/global.teardown.js',
};
