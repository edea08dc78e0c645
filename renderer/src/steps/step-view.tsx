import type { FlowSnapshot } from '../../../common/flow/snapshot.ts';
import {
  AuthenticatingView,
  BindingCodeView,
  ReadingCardView,
  SigningView,
  SubmittingView,
} from './busy-views.tsx';
import { ConfirmView } from './confirm-view.tsx';
import { DetailsView } from './details-view.tsx';
import { CardRemovedView, DoneView } from './end-views.tsx';
import { ErrorView } from './error-view.tsx';
import { PinView } from './pin-view.tsx';
import { WaitingForCardView } from './waiting-for-card-view.tsx';
import { WaitingForReaderView } from './waiting-for-reader-view.tsx';
import { WelcomeView } from './welcome-view.tsx';

/**
 * One view per flow step (architecture.md "the renderer is a view"; common/flow/snapshot.ts).
 * The switch is exhaustive: a new step without a view is a type error.
 */
export function StepView({ snapshot }: { readonly snapshot: FlowSnapshot }) {
  switch (snapshot.step) {
    case 'welcome':
      return <WelcomeView />;
    case 'waitingForReader':
      return <WaitingForReaderView snapshot={snapshot} />;
    case 'waitingForCard':
      return <WaitingForCardView snapshot={snapshot} />;
    case 'readingCard':
      return <ReadingCardView snapshot={snapshot} />;
    case 'authenticatePin':
    case 'signPin':
      return <PinView snapshot={snapshot} />;
    case 'authenticating':
      return <AuthenticatingView snapshot={snapshot} />;
    case 'enterCodeAndContact':
      return <DetailsView snapshot={snapshot} />;
    case 'bindingCode':
      return <BindingCodeView />;
    case 'confirmData':
      return <ConfirmView snapshot={snapshot} />;
    case 'signing':
      return <SigningView snapshot={snapshot} />;
    case 'submitting':
      return <SubmittingView snapshot={snapshot} />;
    case 'done':
      return <DoneView />;
    case 'error':
      return <ErrorView snapshot={snapshot} />;
    case 'cardRemoved':
      return <CardRemovedView />;
    default:
      return assertNever(snapshot);
  }
}

function assertNever(value: never): never {
  throw new Error(`No view for ${JSON.stringify(value)}`);
}
