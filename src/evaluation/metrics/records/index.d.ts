/** The built-in metric records, registered in the order the list of known metrics shows them. */
import './accuracy.js';
import './confusion.js';
import './ranking.js';
import './top-k.js';
import './agreement.js';
import './probabilistic.js';
import './regression.js';
