// What `#server-only` resolves to in a browser bundle: Next's marker, whose import fails the build there.
import '#server-only';
