// The plan sidebar's edit controls (Chainlit custom element; props from
// assistant/channels/web/editor.py). Each field has an Edit button; Save sends the new answer as
// the `edit_field` action, and the coach re-reads it, re-runs the verdict and the review.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";

export default function PlanEditor() {
  const [open, setOpen] = useState(null);
  const [text, setText] = useState("");
  const [busy, setBusy] = useState(false);

  const start = (field) => {
    setOpen(field.slot);
    setText(field.value || "");
  };
  const save = async () => {
    setBusy(true);
    try {
      await callAction({ name: props.action, payload: { slot: open, text } });
    } finally {
      setBusy(false);
      setOpen(null);
    }
  };

  return (
    <div id="plan-editor" className="flex flex-col gap-2 text-sm w-full">
      <div className="font-semibold">{props.heading}</div>
      <div className="text-muted-foreground">{props.hint}</div>
      {props.fields.map((field) => (
        <div key={field.slot} data-slot={field.slot} className="flex flex-col gap-1 border-b pb-1">
          <div className="flex items-center justify-between gap-2">
            <span className="truncate" title={field.value}>{field.label}</span>
            <Button
              size="sm"
              variant="ghost"
              aria-label={`${props.edit}: ${field.label}`}
              onClick={() => start(field)}
            >
              ✎ {props.edit}
            </Button>
          </div>
          {open === field.slot && (
            <div className="flex flex-col gap-1">
              <Textarea
                aria-label={field.label}
                value={text}
                onChange={(e) => setText(e.target.value)}
              />
              <div className="flex gap-2">
                <Button size="sm" disabled={busy} onClick={save}>
                  {props.save}
                </Button>
                <Button size="sm" variant="outline" onClick={() => setOpen(null)}>
                  {props.cancel}
                </Button>
              </div>
            </div>
          )}
        </div>
      ))}
    </div>
  );
}
