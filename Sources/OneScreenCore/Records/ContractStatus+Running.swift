extension ContractStatus {
    /// Still to be carried out: its end date is a deadline, and one in the past is past due. A completed or terminated
    /// contract's end is history.
    public var isRunning: Bool { self != .completed && self != .terminated }
}
