public enum OneScreenCoreVersion { public static let string = "0.1.0" }
