// Copies the icons (light and dark SVG) to dist/icons/. The sources name them as
// file:../../icons/... (nodes/Pinterest/) and file:../icons/... (credentials/), so the same
// relative paths resolve from the compiled files in dist/nodes/Pinterest/ and dist/credentials/.
//
// Copies the output schemas (nodes/Pinterest/__schema__/, written by npm run schemas) to
// dist/nodes/Pinterest/__schema__/, next to the node files, where n8n looks for them. tsc emits
// them too (tsconfig includes nodes/**/*.json) but reformatted; this copy keeps them byte for byte.
const path = require('path');
const { task, src, dest } = require('gulp');

task('build:icons', copyIcons);
task('build:schemas', copySchemas);

function copyIcons() {
	return src(path.resolve('icons', '*.svg')).pipe(dest(path.resolve('dist', 'icons')));
}

function copySchemas() {
	return src(path.resolve('nodes', '**', '__schema__', '**', '*.json')).pipe(
		dest(path.resolve('dist', 'nodes')),
	);
}
