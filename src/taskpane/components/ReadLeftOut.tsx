/** What the last read could not give (a sheet's merged cells Excel refused): rare, so loaded with the later steps. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang, Message } from "../../engine";
import { STRINGS } from "../strings";

export function ReadLeftOut({ notes, lang }: { notes: Message[]; lang: Lang }) {
  return (
    <>
      {notes.map((note) => (
        <MessageBar key={note.en} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{STRINGS[lang].readLeftOut}</MessageBarTitle>
            {note[lang]}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
