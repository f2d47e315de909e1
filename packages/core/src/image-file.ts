/**
 * A line that is nothing but an image's file name (`20231205-trao-giay-khen.jpg`, `IMG_1234.JPG`):
 * what a scraper leaves where a page had a photo. The extractor keeps such lines out of an
 * article's body, and a reader of the stored text hides them.
 */
const IMAGE_FILE_NAME = /^[^\s]{1,200}\.(?:jpe?g|png|gif|webp|bmp|avif|svg|tiff?|heic)$/iu

/** True when `line`, trimmed, is only an image file name. */
export function isImageFileLine(line: string): boolean {
  const name = line.trim()
  // Its extension has three or four letters after the dot: a line read by every stage of the
  // extractor is tried only when a dot stands there.
  const n = name.length
  return (name.charCodeAt(n - 4) === 0x2e || name.charCodeAt(n - 5) === 0x2e) && IMAGE_FILE_NAME.test(name)
}
