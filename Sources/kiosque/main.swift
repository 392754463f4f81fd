// TEMPORARY: starts the reader with no articles until the argument-parser commands and
// `Library.load` land (they replace this file; keep the call to `Reader.run`).
import Foundation
import KiosqueCore
import KiosqueCurses

exit(Reader.run(articles: [], issues: []))
