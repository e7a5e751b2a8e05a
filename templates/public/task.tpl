{{%AUTOESCAPE context="HTML"}}
{{! One 重点工作 task: FillTask; FillMilestones (MILESTONES, NO_MILESTONES); FillReports (REPORTS, NO_REPORTS). }}
<nav class="breadcrumb" aria-label="当前位置"><a href="/">首页</a> / <a href="/tasks?year={{YEAR}}">{{YEAR}} 年重点工作</a> / <span aria-current="page">{{TITLE}}</span></nav>
<article class="task">
<header class="page-header"><h1>{{TITLE}}</h1>
<p><span class="badge task-kind">{{KIND}}</span> <span class="badge task-{{STATUS_CODE}}">{{STATUS}}</span></p></header>
{{#COMPLETED}}<div class="alert alert-success" role="note"><p>已于 {{ON}} 完成。</p></div>{{/COMPLETED}}
{{#POSTPONED}}<div class="alert alert-info" role="note"><p>{{ON}} 延期：完成时限由 {{DEADLINE}} 调整为 <strong>{{NEW_DEADLINE}}</strong>。延期原因：{{REASON}}</p></div>{{/POSTPONED}}
{{#PAST_DEADLINE}}<div class="alert alert-error" role="note"><p>已超过完成时限 {{CURRENT_DEADLINE}}，尚未完成。</p></div>{{/PAST_DEADLINE}}
<dl class="kv">
<div><dt>类别</dt><dd>{{KIND}}</dd></div>
<div><dt>年度</dt><dd>{{YEAR}} 年</dd></div>
<div><dt>责任单位</dt><dd>{{OWNER}}</dd></div>
{{#HAS_PERSON}}<div><dt>责任人</dt><dd>{{PERSON}}</dd></div>{{/HAS_PERSON}}
<div><dt>完成时限</dt><dd>{{DEADLINE}}{{#POSTPONED}}（已延期至 {{NEW_DEADLINE}}）{{/POSTPONED}}</dd></div>
<div><dt>办理状态</dt><dd>{{STATUS}}{{#COMPLETED}}（{{ON}}）{{/COMPLETED}}</dd></div>
{{#RECTIFICATION}}<div><dt>问题来源</dt><dd>{{SOURCE}}</dd></div>{{/RECTIFICATION}}
<div><dt>发布机构</dt><dd>{{AGENCY}}</dd></div>
<div><dt>发布日期</dt><dd>{{PUBLISHED_ON}}</dd></div>
</dl>
{{#RECTIFICATION}}<section class="card" aria-labelledby="problem-title"><h2 class="card-title" id="problem-title">发现的问题</h2>
<p class="prewrap">{{PROBLEM}}</p></section>{{/RECTIFICATION}}
<section class="card" aria-labelledby="content-title"><h2 class="card-title" id="content-title">{{CONTENT_LABEL}}</h2>
<p class="prewrap">{{CONTENT}}</p></section>
{{#COMPLETED}}<section class="card" aria-labelledby="done-title"><h2 class="card-title" id="done-title">完成情况</h2>
<p class="muted">完成日期：{{ON}}</p>
<p class="prewrap">{{SUMMARY}}</p></section>{{/COMPLETED}}
<section class="card" aria-labelledby="ms-title"><h2 class="card-title" id="ms-title">工作节点{{#HAS_MILESTONES}} <span class="muted">已完成 {{MILESTONES_DONE}}/{{MILESTONES_TOTAL}}</span>{{/HAS_MILESTONES}}</h2>
{{#NO_MILESTONES}}<p class="muted">本事项未设工作节点。</p>{{/NO_MILESTONES}}
<ol class="task-timeline">{{#MILESTONES}}
<li class="{{#DONE}}ms-done{{/DONE}}{{#OVERDUE}}ms-overdue{{/OVERDUE}}{{#PENDING}}ms-pending{{/PENDING}}"><span class="ms-mark" aria-hidden="true"></span>
<p class="ms-title">{{TITLE}}</p>
<p class="ms-meta">计划完成 {{DUE_ON}} · {{#DONE}}<strong class="ms-ok">已完成（{{ON}}）</strong>{{/DONE}}{{#OVERDUE}}<strong class="ms-late">逾期未完成</strong>{{/OVERDUE}}{{#PENDING}}未到期{{/PENDING}}</p></li>{{/MILESTONES}}</ol>
</section>
<section class="card" aria-labelledby="rep-title"><h2 class="card-title" id="rep-title">进展报告</h2>
{{#NO_REPORTS}}<p class="muted">尚未报送进展。</p>{{/NO_REPORTS}}
{{#REPORTS}}<article class="task-report">
<h3><time datetime="{{ON}}">{{ON}}</time></h3>
<dl class="pairs"><dt>工作进展</dt><dd class="prewrap">{{PROGRESS}}</dd>
{{#RESULTS}}<dt>取得成效</dt><dd class="prewrap">{{TEXT}}</dd>{{/RESULTS}}{{#NEXT_STEPS}}<dt>下一步举措</dt><dd class="prewrap">{{TEXT}}</dd>{{/NEXT_STEPS}}</dl>
</article>{{/REPORTS}}
</section>
</article>
<p class="muted"><a href="/tasks?year={{YEAR}}">返回 {{YEAR}} 年重点工作</a> · 数据：<a href="/api/v1/tasks/{{ID}}">JSON</a></p>
