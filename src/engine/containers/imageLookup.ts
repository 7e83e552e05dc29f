// The one place the container code reaches for images: the images module's resolution
// (familiar `name:tag`, digest, id or unique id prefix; `No such image: …` otherwise).
export { resolveImage } from '../images/findImage';
