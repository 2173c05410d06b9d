"""Stage 7, release: versions, manifest and checksums, the change list against the previous
release, `latest`, the output lock, and downloading a published release.
"""
