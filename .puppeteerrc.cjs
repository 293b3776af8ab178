// Never download a browser: tests drive Debian's Chromium (/usr/bin/chromium or CHROME_PATH).
module.exports = { skipDownload: true };
