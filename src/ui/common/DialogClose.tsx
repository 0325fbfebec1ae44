/** A dialog's Close button: submitting a `method="dialog"` form closes the enclosing `<dialog>`. */
export function DialogClose() {
  return (
    <form method="dialog">
      <button type="submit" className="small-button">
        Close
      </button>
    </form>
  );
}
