// Stylesheets (and NutUI's lottie players) mean nothing in jsdom.
module.exports = {};
