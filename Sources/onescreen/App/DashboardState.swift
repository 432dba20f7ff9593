import OneScreenUI

/// What the user has asked of the dashboard so far: the update half of the loop, a pure function of key events.
struct DashboardState {
    var paused = false
    var quitRequested = false
    var refreshRequested = false
    var themeChanged = false

    mutating func handle(_ event: InputEvent) {
        switch event {
        case .key(.character("q")), .key(.character("Q")), .key(.control("c")):
            quitRequested = true
        case .key(.character("r")):
            refreshRequested = true
        case .key(.character("p")):
            paused.toggle()
        case .key(.character("t")):
            themeChanged = true
        case .key, .click, .resize:
            break
        }
    }
}
