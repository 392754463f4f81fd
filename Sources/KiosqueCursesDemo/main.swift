// The backend demo: see DemoProgram. Runs on the terminal like the reader, with the same checks.
import Foundation
import KiosqueCurses

exit(Reader.run(initial: { display, size in DemoState(size: size, display: display) },
                update: DemoProgram.update, render: DemoProgram.render))
