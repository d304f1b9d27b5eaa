#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// What the file watcher compares between two looks at a file: size, modification time to the
/// nanosecond and inode (an editor that saves by renaming a new file over the old one changes it).
public struct FileStamp: Sendable, Hashable {
    public var size: Int64
    public var seconds: Int64
    public var nanoseconds: Int64
    public var inode: UInt64
    public var isDirectory: Bool

    public init(size: Int64, seconds: Int64, nanoseconds: Int64, inode: UInt64, isDirectory: Bool) {
        self.size = size
        self.seconds = seconds
        self.nanoseconds = nanoseconds
        self.inode = inode
        self.isDirectory = isDirectory
    }

    /// The stamp of the file at `path` (symbolic links followed), or nil when there is none.
    public init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
            let time = info.st_mtimespec
        #else
            let time = info.st_mtim
        #endif
        self.init(
            size: Int64(info.st_size), seconds: Int64(time.tv_sec), nanoseconds: Int64(time.tv_nsec), inode: UInt64(info.st_ino),
            isDirectory: (info.st_mode & S_IFMT) == S_IFDIR)
    }
}
