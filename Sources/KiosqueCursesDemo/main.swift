// The backend demo: see DemoProgram. Runs on the terminal like the reader, with the same checks.
import Foundation
import KiosqueCurses
import KiosqueTUI

let mailbox = Mailbox<Message>()
exit(Terminal.run(mailbox: mailbox,
                  setup: { display, size in
                      (DemoState(size: size, display: display), QuitOnlyHandler<Message, Effect> { $0 == .quit })
                  },
                  update: DemoProgram.update, render: DemoProgram.render))
