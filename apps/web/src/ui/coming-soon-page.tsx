import { PageHeading } from './page-heading';

interface ComingSoonPageProps {
  title: string;
  text: string;
}

export function ComingSoonPage({ title, text }: ComingSoonPageProps) {
  return (
    <>
      <PageHeading title={title} />
      <div className="empty-state">
        <p>{text}</p>
      </div>
    </>
  );
}
