// Presenter mode: larger, high-contrast terminals and a larger, high-contrast page (presenter.css
// under html.presenter), for a projector at the back of a classroom.
import { DEFAULT_TERMINAL_LOOK, setTerminalLook, type TerminalLook } from '../../terminal/xtermAdapter';
import { classroomStore } from './presenterStore';
import './presenter.css';

export const PRESENTER_TERMINAL_LOOK: TerminalLook = {
  fontSize: 22,
  theme: { background: '#000000', foreground: '#ffffff', cursor: '#ffd400', selectionBackground: '#5a5a5a' },
};

export function setPresenter(on: boolean): void {
  classroomStore.setState({ presenter: on });
  document.documentElement.classList.toggle('presenter', on);
  setTerminalLook(on ? PRESENTER_TERMINAL_LOOK : DEFAULT_TERMINAL_LOOK);
}

export function togglePresenter(): void {
  setPresenter(!classroomStore.getState().presenter);
}
