import OneScreenCore

/// The data side a command talks to: the store in this process, or a server's socket.
enum Connection {
    case embedded(EmbeddedService, isDemo: Bool)
    case client(ServiceClient)

    var service: any DataService {
        switch self {
        case .embedded(let service, _): service
        case .client(let client): client
        }
    }

    /// The store, for the dashboard's collector: only in embedded mode (a server collects for its clients).
    var store: Store? {
        if case .embedded(let service, _) = self { service.store } else { nil }
    }

    var isDemo: Bool {
        if case .embedded(_, let isDemo) = self { isDemo } else { false }
    }
}
