'use strict';
/*
 * A lock folder, so two runs (e.g. `npm run dev` and `npm run test:e2e`) don't install into the
 * same folder at once. A lock left by a process that is gone is taken over. Node built-ins only.
 */
const fs = require('fs');
const path = require('path');
const { log } = require('./install-util');

async function withLock(dir, fn) {
	const lock = path.join(dir, '.install-lock');
	fs.mkdirSync(dir, { recursive: true });
	const deadline = Date.now() + 45 * 60 * 1000;
	let announced = false;
	for (;;) {
		try {
			fs.mkdirSync(lock);
			fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
			break;
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			const pid = Number(
				(() => {
					try {
						return fs.readFileSync(path.join(lock, 'pid'), 'utf8');
					} catch {
						return '0';
					}
				})(),
			);
			let alive = false;
			if (pid) {
				try {
					process.kill(pid, 0);
					alive = true;
				} catch {
					alive = false;
				}
			}
			if (!alive) {
				fs.rmSync(lock, { recursive: true, force: true });
				continue;
			}
			if (!announced) {
				log(`another install (pid ${pid}) is working in ${dir}; waiting for it`);
				announced = true;
			}
			if (Date.now() > deadline) throw new Error(`gave up waiting for the install lock ${lock}`);
			await new Promise((r) => setTimeout(r, 2000));
		}
	}
	try {
		return await fn();
	} finally {
		fs.rmSync(lock, { recursive: true, force: true });
	}
}

module.exports = { withLock };
