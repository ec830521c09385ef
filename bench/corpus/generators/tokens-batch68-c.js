'use strict';
/** Generators added with batch68-c: each with the URL of the documentation it follows. */

module.exports = function register(def, plain) {};
