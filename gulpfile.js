// Copies the icons (light and dark SVG) to dist/icons/. The sources name them as
// file:../../icons/... (nodes/Pinterest/) and file:../icons/... (credentials/), so the same
// relative paths resolve from the compiled files in dist/nodes/Pinterest/ and dist/credentials/.
const path = require('path');
const { task, src, dest } = require('gulp');

task('build:icons', copyIcons);

function copyIcons() {
	return src(path.resolve('icons', '*.svg')).pipe(dest(path.resolve('dist', 'icons')));
}
