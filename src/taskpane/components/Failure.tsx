/** A failed host call, in the officer's language. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../engine";
import { errorText } from "../host";

export function Failure({ title, error, lang }: { title: string; error: unknown; lang: Lang }) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {errorText(error, lang)}
      </MessageBarBody>
    </MessageBar>
  );
}
