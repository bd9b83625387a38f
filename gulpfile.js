// Copies the node and credential icons (light and dark SVG) next to the compiled files in dist/.
const path = require('path');
const { task, src, dest } = require('gulp');

task('build:icons', copyIcons);

function copyIcons() {
	const nodeIcons = src(path.resolve('icons', '*.svg')).pipe(dest(path.resolve('dist', 'nodes', 'Pinterest')));
	return nodeIcons.on('end', () =>
		src(path.resolve('icons', '*.svg')).pipe(dest(path.resolve('dist', 'credentials'))),
	);
}
