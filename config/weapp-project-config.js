// Taro copies project.config.json into dist/weapp (the folder WeChat DevTools opens) and fixes only
// miniprogramRoot; this points cloudfunctionRoot from there to the built cloud functions as well.
const fs = require('node:fs');
const path = require('node:path');

module.exports = (ctx) => {
  ctx.onBuildFinish(() => {
    if (process.env.TARO_ENV !== 'weapp') return;
    const file = path.join(ctx.paths.outputPath, 'project.config.json');
    if (!fs.existsSync(file)) return;
    const config = JSON.parse(fs.readFileSync(file, 'utf8'));
    const cloudRoot = path.relative(ctx.paths.outputPath, path.join(ctx.paths.appPath, 'dist/cloud/functions'));
    fs.writeFileSync(file, `${JSON.stringify({ ...config, cloudfunctionRoot: `${cloudRoot.split(path.sep).join('/')}/` }, null, 2)}\n`);
  });
};
